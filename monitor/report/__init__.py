"""Weekly e-mail summaries: periods, content built from history, rendering and delivery."""
