"""The teachers' side of the app: login, the bank being edited, and the views the teacher pages share."""
