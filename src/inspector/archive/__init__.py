"""The HMIP-wide archive: exchange files loaded into PostgreSQL, read back as the national picture.

Qt-free. It reads exchange files through `inspector.exchange` and writes the national report with the
reports' Word helpers; the command line (`inspector archive ...`) is its only caller.
"""
