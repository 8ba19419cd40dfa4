"""The Qt interface. Only this package imports PySide6; every action calls a service function."""
