"""Domain records and rules. No Qt, no SQLAlchemy."""
