"""What a user can do, one function per action, for the window and the command line.

Like Anki's ``qt/aqt/operations/`` over its ``pylib``: each public function here is
one user action (make a letter, mark it sent, save a mandate, import a dossier...).
It opens a unit of work (:func:`work.changing`), changes the store, refreshes what
follows from the change (the dossier's next deadline), commits, and returns what
changed. Nothing outside this package commits to the store. No Qt here: the window
runs these functions on its worker thread, the command line calls them directly.

Modules by area: ``dossiers`` (open, create, rename, archive, delete, a field),
``progress`` (a task's status and note), ``intake`` (the answers to the questions),
``letters`` (make, edit, send, answer, write all), ``mandates`` and ``heirs``, and
``exports`` (import, export, plan, calendar and mandate PDFs).
"""
