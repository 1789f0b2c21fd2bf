"""The parts of the *Requests* tab: the ledger's model, its column band and fit, the detail pane."""
