""""File this letter": the letter's picture beside a form filled in with what it says, and the
actions it calls for, each one click and each undoable."""
