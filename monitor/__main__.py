"""``python -m monitor`` runs the command-line interface."""

from monitor.cli import main

if __name__ == "__main__":  # not when a worker process re-imports the main module
    main()
