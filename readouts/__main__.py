"""`python -m readouts` is the `readouts` command."""
from readouts.flows.cli import main

if __name__ == "__main__":
    main()
