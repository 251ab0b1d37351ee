"""The Qt Widgets front end; talks to ``enrol.services`` only."""
