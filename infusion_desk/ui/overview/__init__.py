"""The parts of the Overview tab: Today, the patient and therapy, the plans (the coverage
steps are drawn by ``ui/widgets/step_track``)."""
