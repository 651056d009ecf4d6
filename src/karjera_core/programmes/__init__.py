"""The programmes of the seeds, one module each, each owning its rules and its ready-made indicators."""
