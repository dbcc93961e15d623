"""The web page in parts: one module per tab (ask, duties, deadlines, library), each building
its own widgets and wiring its own handlers, and `common` for what they share (the theme, the
language switch, relabelling, and how errors are shown). ui/web.py puts the tabs together."""
