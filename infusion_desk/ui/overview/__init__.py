"""The parts of the Overview tab: Today, the step table, the patient and therapy, the plans."""
