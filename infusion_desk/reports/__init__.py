"""PDF reports built with ReportLab: plain data in, PDF bytes out."""
