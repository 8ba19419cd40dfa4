"""Importing school directories, school indicators and student results from CSV, Excel and GeoJSON."""
