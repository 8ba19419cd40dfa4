"""Printed documents (PDF through ReportLab): circulars, orders, reports. No Qt import here."""
