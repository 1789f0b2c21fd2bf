"""A folder shared with a care team on a PostgreSQL server, as the window shows it: signing in
(*File > Open shared folder…*), the remembered password, and *Folder > Who changed what*."""
