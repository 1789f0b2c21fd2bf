"""The Documents screen's parts: background import, preview, file actions, drops and pastes."""
