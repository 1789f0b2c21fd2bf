"""The parts of *Log a call*: the name drop-downs, the keys, the two columns, the call sheet beside
the fields and the questions to tick."""
