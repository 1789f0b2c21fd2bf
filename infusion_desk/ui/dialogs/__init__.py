"""Forms for adding and editing records."""
