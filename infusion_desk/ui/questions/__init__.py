"""The parts of the *Questions to ask* tab: the list's rows and columns, and the details pane."""
