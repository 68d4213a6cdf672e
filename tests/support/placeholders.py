"""Home pages that are not the portal, as the software that serves them prints them (sources in
``monitor/compliance/placeholder.py``), for the crawl's and the probe's tests alike."""

from __future__ import annotations

JOOMLA_OFFLINE = """<!DOCTYPE html><html lang="es-es"><head><meta charset="utf-8">
<title>Municipalidad de San José</title></head><body><div id="frame" class="outline">
<h1>Municipalidad de San José</h1>
<p>Sistema cerrado por tareas de mantenimiento.<br />Por favor, inténtelo nuevamente más tarde.</p>
<form action="/index.php" method="post" id="form-login"><fieldset class="input">
<p id="form-login-username"><label for="username">Usuario</label><input name="username"
id="username" type="text" class="inputbox" alt="Usuario" size="18" /></p>
<p id="form-login-password"><label for="passwd">Contraseña</label><input type="password"
name="password" class="inputbox" size="18" alt="Contraseña" id="passwd" /></p>
<p id="submit-buton"><input type="submit" name="Submit" class="button" value="Identificarse" />
</p></fieldset></form></div></body></html>"""

WORDPRESS_MAINTENANCE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Maintenance</title></head><body><h1>Briefly unavailable for scheduled maintenance. Check
back in a minute.</h1></body></html>"""

NGINX_DEFAULT = """<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head><body>
<h1>Welcome to nginx!</h1><p>If you see this page, the nginx web server is successfully installed
and working. Further configuration is required.</p><p>For online documentation and support please
refer to <a href="http://nginx.org/">nginx.org</a>.<br/>Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p><p><em>Thank you for using nginx.</em></p>
</body></html>"""

APACHE_DEFAULT = """<!DOCTYPE html><html><head><title>Apache2 Debian Default Page: It works</title>
</head><body><div class="main_page"><div class="page_header floating_element">
<span class="floating_element">Apache2 Debian Default Page</span></div>
<div class="section_header">It works!</div><p>This is the default welcome page used to test the
correct operation of the Apache2 server after installation on Debian systems.</p></div>
</body></html>"""

SUSPENDED = """<html><head><title>Account Suspended</title></head><body>
<h1>This Account has been suspended.</h1><p>Contact your hosting provider for more information.
</p><a href="https://hosting.example/soporte">Soporte</a></body></html>"""

BOT_CHECK = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head>
<body><div class="main-wrapper"><h1>muni.gob.gt</h1><p>Checking your browser before accessing
muni.gob.gt.</p><noscript>Enable JavaScript and cookies to continue</noscript></div>
<script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1"></script></body></html>"""

# Parked domains, in the wording parking services print (GitHub file ids 47389557467,
# 68876358797 and 8871365927: parked-page detectors quoting Sedo's "This domain may be for sale",
# GoDaddy's "parked free, courtesy of GoDaddy.com" and "This domain name is currently parked").
SEDO_PARKED = """<!DOCTYPE html><html><head><title>munisanjose.com - This domain may be for sale!
</title></head><body><div id="header"><h1>munisanjose.com</h1><p>This domain may be for sale!</p>
</div><div id="related"><h2>Related Searches</h2><ul>
<li><a href="https://sedo.example/search?q=guatemala">Guatemala Tours</a></li>
<li><a href="https://sedo.example/search?q=hotel">Hotel Antigua</a></li></ul></div>
<p><a href="https://sedo.example/buy/munisanjose.com">Buy this domain</a></p></body></html>"""

GODADDY_PARKED = """<!DOCTYPE html><html lang="en"><head><title>munisanjose.org</title></head>
<body><main><h1>munisanjose.org</h1><p>This domain name is currently parked free, courtesy of
GoDaddy.com.</p><a href="https://www.godaddy.example/domains">Get this domain</a></main></body>
</html>"""


# Apache's mod_autoindex listing of an empty web root (httpd's own layout: a table whose header
# cells are the "?C=N;O=D" sort links; as exam 28's ``suspendida`` serves it).
EMPTY_ROOT_LISTING = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN"><html><head>
<title>Index of /</title></head><body><h1>Index of /</h1><table><tr><th valign="top"><img
src="/icons/blank.gif" alt="[ICO]"></th><th><a href="?C=N;O=D">Name</a></th><th><a
href="?C=M;O=A">Last modified</a></th><th><a href="?C=S;O=A">Size</a></th><th><a
href="?C=D;O=A">Description</a></th></tr><tr><th colspan="5"><hr></th></tr><tr><th
colspan="5"><hr></th></tr></table><address>Apache/2.4.58 (Ubuntu) Server at muni.gob.gt Port
80</address></body></html>"""


# A registrar's parked page in Spanish (exam 28's ``suspendida``: "Este dominio está a la venta",
# its "related searches" links on the same host).
SPANISH_PARKED = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">
<title>www.munisanjose.gob.gt</title></head><body><div id="header"><h1>www.munisanjose.gob.gt
</h1></div><div id="banner"><p>Este dominio está a la venta. Contáctanos para comprarlo.</p>
</div><div id="relatedlinks"><h2>Enlaces relacionados</h2><ul>
<li><a href="/?q=Hosting+Barato" rel="nofollow">Hosting Barato</a></li>
<li><a href="/?q=Registro+de+Dominios" rel="nofollow">Registro de Dominios</a></li>
<li><a href="/?q=Crear+Pagina+Web" rel="nofollow">Crear Pagina Web</a></li></ul></div>
</body></html>"""


# Each page with what it is instead of the portal (``compliance.placeholder``'s kinds); the bot
# check apart: the probe reads it as the monitor refused.
NOT_THE_PORTAL = [
    (JOOMLA_OFFLINE, "a maintenance notice"),
    (WORDPRESS_MAINTENANCE, "a maintenance notice"),
    (NGINX_DEFAULT, "a web server's default page"),
    (APACHE_DEFAULT, "a web server's default page"),
    (EMPTY_ROOT_LISTING, "a web server's default page"),
    (SUSPENDED, "a hosting provider's suspended-account page"),
    (SEDO_PARKED, "a parked or expired domain"),
    (GODADDY_PARKED, "a parked or expired domain"),
    (SPANISH_PARKED, "a parked or expired domain"),
]
NOT_THE_PORTAL_IDS = [
    "joomla-offline",
    "wordpress",
    "nginx",
    "apache",
    "empty-listing",
    "suspended",
    "sedo",
    "godaddy",
    "spanish-parked",
]
