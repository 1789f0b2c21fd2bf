"""Qt item models over plain row objects."""
