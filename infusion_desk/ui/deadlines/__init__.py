"""Deadlines on the screen (issue 16): the Overview's list and its form, the letter's deadline
while filing, *Export deadlines…* and the once-a-day desktop notice."""
