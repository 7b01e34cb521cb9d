"""One exception tree for newsevents, and one table of its messages, each with its own code.

::

    NewsEventsError                 everything newsevents raises on purpose (E0xx; E25x, E999 per article)
    ├── InputError                  an input that cannot be read: empty, binary, bad gzip/WARC/feed (E1xx)
    │   ├── FetchError              a URL that cannot or may not be fetched (private address, timeout) (E15x-E16x)
    │   └── DateParamError          a date a user gave to filter by (``since``, ``until``) (E18x)
    ├── ExtractionError             an input that was read but holds no article text (E2xx)
    ├── ModelError                  the spaCy pipeline named cannot be loaded (E3xx)
    ├── KnowledgeBaseError          a lexicon or actor file that is malformed (E4xx)
    ├── StoreError                  the database cannot be opened or written (E5xx)
    └── EvaluationError             a gold file that does not follow FORMAT.md (E6xx)

Like spaCy's ``errors.py``, every distinct message is one entry of :class:`Errors` (warnings: :class:`Warnings`)
named by its code, so a code found in a log or an ingest log points at exactly one message and one place
that raises it: ``raise InputError(Errors.E102.format(kind=kind), source=path)``. A message names the input
and the problem in the library's own terms (an argument, a file, a field), never a command-line flag: the
shells (``cli/``, ``serve/``) say which flag or parameter that was. ``tests/test_errors.py`` checks that the
codes are unique, that each is used, that a code sits in its class's range, and that docs/errors.md lists
them all. Every error carries the input it concerns (``source``) so a batch can record it and go on; the
CLI prints ``str(error)`` (code, input, message) as its one-line message and exits non-zero.
"""

from __future__ import annotations

from typing import Any


class Message:
    """One message template of :class:`Errors` or :class:`Warnings`; its code is the name it is given there.

    ``str()`` is the code and the text ("W250 ..."), the form a warning is logged in; an error keeps the
    code apart (``error.code``, ``error.message``) because the ingest log stores them in two columns.
    """

    __slots__ = ("code", "text")

    def __init__(self, text: str, code: str = "") -> None:
        self.text = text
        self.code = code

    def __set_name__(self, owner: type, name: str) -> None:
        self.code = name

    def format(self, **fields: Any) -> Message:
        """The message with its ``{fields}`` filled in (``str.format``), keeping its code."""
        return Message(self.text.format(**fields), self.code)

    def __str__(self) -> str:
        return f"{self.code} {self.text}"

    def __repr__(self) -> str:
        return f"Message({self.text!r}, {self.code!r})"


class Errors:
    """Every error message newsevents raises, by code (the first digit is the class's family, see above)."""

    # E0xx: running a batch (engines)
    E001 = Message("a scheduler address is used by the dask engine only; the local engine runs its own processes")
    E002 = Message("unknown engine {engine!r}; choose from {choices}")
    E003 = Message("cannot start a pool of {workers} worker processes")
    E004 = Message("the Dask engine needs the optional extra: pip install 'newsevents[dask]'")
    E005 = Message("unknown job queue {kind!r}; choose slurm or pbs")

    # E1xx: inputs (InputError)
    E101 = Message("empty input")
    E102 = Message("not text: {kind}")
    E103 = Message("file is {size:,} bytes, over the size cap of {cap:,}")
    E104 = Message("file is over the size cap of {cap:,} bytes")
    E105 = Message("standard input is over the size cap of {cap:,} bytes")
    E106 = Message("cannot read: {reason}")
    E107 = Message("cannot read: unexpected {kind}: {err}")
    E108 = Message("cannot resolve path: {reason}")
    E109 = Message("cannot resolve path: a symbolic link loop or a dangling link")
    E110 = Message("no such file, directory or URL")
    E111 = Message("not valid JSON: {msg} at column {column}")
    E112 = Message("not readable JSON: nested too deeply")
    E113 = Message("not readable JSON: {err}")
    E114 = Message("not valid JSON: {msg} at line {line} column {column}")
    E115 = Message("a record must be a JSON object, not {kind}")
    E116 = Message("record has neither a {text_field!r} nor a {html_field!r} field with content")
    E117 = Message("field holds {kind}, not a string")
    E118 = Message("not an RSS/Atom feed (not well-formed XML: {reason})")
    E119 = Message("not an RSS/Atom feed (no <rss>, <feed> or <rdf:RDF> root)")
    E120 = Message("malformed feed ({reason}); {items} items read before the error")
    E121 = Message("item carries only a summary ({words} words); its link {link} is fetched only with "
                   "follow_feed_links")
    E122 = Message("item has no article text ({words} words) and no link")
    E123 = Message("record payload exceeds the size cap of {cap:,} bytes")
    E124 = Message("empty HTML response record")
    E125 = Message("malformed WARC record after offset {offset}: {reason}")
    E126 = Message("malformed WARC record after offset {offset}: data that is no complete record (truncated file?)")
    E127 = Message("truncated or corrupt gzip data ({err})")
    E128 = Message("decompressed size exceeds the size cap of {cap:,} bytes")
    E129 = Message("cannot determine the character encoding")
    E130 = Message("page has {elements:,} elements, over the limit of {limit:,} per page (not parsed)")
    E131 = Message("standard input cannot be sharded; use the local engine")
    E132 = Message("no finished shards (no _done/*.json) here")

    # E15x-E16x: URLs (FetchError)
    E151 = Message("malformed URL ({err})")
    E152 = Message("only http and https URLs with a host can be fetched")
    E153 = Message("cannot resolve host {host!r} ({err})")
    E154 = Message("host {host!r} resolves to no address")
    E155 = Message("refused: host {host!r} resolves to non-public address {address} (in the special-purpose block "
                   "{block}: private, loopback, link-local, reserved or carrying an IPv4 address); allow_private "
                   "permits it")
    E156 = Message("refused: stacked content encodings ({names})")
    E157 = Message("refused: unsupported content encoding {name!r}")
    E158 = Message("page is {size:,} bytes, over the size cap of {cap:,}")
    E159 = Message("refused: the fetch took longer than its deadline of {seconds:g} s")
    E160 = Message("page exceeds the size cap of {cap:,} bytes")
    E161 = Message("corrupt {encoding} content ({err})")
    E162 = Message("HTTP {status} {reason}")
    E163 = Message("timed out after {seconds:g} s")
    E164 = Message("cannot fetch: {kind}: {err}")
    E165 = Message("more than {redirects} redirects")

    # E18x: dates to filter by (DateParamError)
    E181 = Message("{name}: {shown!r} is not a date; use YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY")
    E182 = Message("{name}: {shown!r} is not a real day, week or month")
    E183 = Message("since must not be after until")

    # E2xx: article text (ExtractionError) and articles a batch gave up on (NewsEventsError)
    E201 = Message("no article text found in the {what} (nothing left after removing boilerplate)")
    E250 = Message("took longer than {seconds:g} s (the per-document limit); skipped")
    E251 = Message("a worker process died on this input (killed, or out of memory); the batch went on without it")

    # E3xx: the spaCy pipeline (ModelError)
    E301 = Message("cannot load spaCy pipeline {model!r} ({kind}); install {package} or name another "
                   "installed pipeline")
    E302 = Message("language {code!r} is not in the language registry (known: {known})")

    # E4xx: knowledge files: lexicons, actors, places, cues (KnowledgeBaseError)
    E401 = Message("unknown country {text!r} (write an ISO3 code or a country name)")
    E402 = Message("cannot read ({err})")
    E403 = Message("not JSON ({err})")
    E404 = Message("a Wikidata export is a list of rows or SPARQL results")
    E405 = Message("row without a name: {row!r}")
    E406 = Message("bad term {text!r}: expected 'Role START..END [CODE]'")
    E407 = Message("term {text!r} needs a CODE (no country given)")
    E408 = Message("cannot read actor file ({err})")
    E409 = Message("an actor file must be a mapping of sections")
    E410 = Message("organization entry without {key}: {entry!r}")
    E411 = Message("people entry without name: {entry!r}")
    E412 = Message("actor noun {phrase!r}: kind {kind!r} is not one of {kinds}")
    E413 = Message("bad place usage file: {err}")
    E414 = Message("cannot read {name}: {err}")
    E415 = Message("bad quote cue file: {err}")
    E416 = Message("unknown macro {{{name}}} in pattern {pattern!r}")
    E417 = Message("macros nest too deep in {pattern!r}")
    E418 = Message("bad regular expression {pattern!r}: {err}")
    E419 = Message("not valid YAML: {err}")
    E420 = Message("a chrome file must be a mapping (drop/cut/lists)")
    E421 = Message("cannot read chrome file: {reason}")
    E422 = Message("bad count lexicon: {err}")
    E423 = Message("{name!r} is not a count bound ({bounds})")
    E424 = Message("bad number words file: {err}")
    E425 = Message("bad count status words: {err}")
    E426 = Message("bad entity-window file: {err}")
    E427 = Message("bad entity-window file: margin must be >= 0")
    E428 = Message("bad calendar file: {err}")
    E429 = Message("cannot read CAMEO ontology: {err}")
    E430 = Message("{name} lacks the columns {columns}")
    E431 = Message("unknown CAMEO code {code!r}")
    E432 = Message("pair sense {why!r} needs codes, source_roles and target_roles")
    E433 = Message("unknown word class {name!r}")
    E434 = Message("sense rule for {lemmas} has no condition")
    E435 = Message("'classes' must map class names to lists of words")
    E436 = Message("class {name!r} must be a lower-case name with a list of words")
    E437 = Message("empty {kind} pattern for code {code}")
    E438 = Message("noun pattern {text!r} must end in a noun (or 'prep _')")
    E439 = Message("'{key}' must map CAMEO codes to lists of patterns")
    E440 = Message("'{code}' is not a CAMEO event code")
    E441 = Message("line {line}: expected a class or verb/noun row")
    E442 = Message("cannot read lexicon: {err}")
    E443 = Message("a lexicon file must be a YAML mapping")
    E444 = Message("an entry of code {code} has no 'pattern'")
    E445 = Message("modality.{key} must be a list or a mapping")
    E446 = Message("bad language registry: {err}")
    E447 = Message("bad word-class file: {err}")
    E448 = Message("no word class {name!r} in this language's {file}")

    # E5xx: the database and what reads it (StoreError)
    E501 = Message("cannot open database ({err})")
    E502 = Message("the database has schema version {version}, this version of newsevents needs {needed}, and it "
                   "cannot be migrated ({reason})")
    E503 = Message("cannot {what} ({err})")
    E504 = Message("cannot {what}: the database stayed locked by another process for {attempts} x {seconds:g} s; "
                   "re-run to resume")
    E505 = Message("no article with id {article_id}")
    E506 = Message("unknown table {table!r}; choose from {tables}")
    E507 = Message("unknown export format {fmt!r}; choose from {formats}")
    E508 = Message("the read API is to require the bearer token (read_token), but no token is given "
                   "(set NEWSEVENTS_TOKEN)")
    E509 = Message("database not found (start with a token to create an empty one)")

    # E6xx: gold files and benchmark pages (EvaluationError)
    E601 = Message("{where} must be {kinds}")
    E602 = Message("{key!r} must be a list, not {kind}")
    E603 = Message("{key}[{index}] must be an object")
    E604 = Message("{key}[{index}] lacks {fields}")
    E605 = Message("actors[{index}].mentions must be a non-empty list")
    E606 = Message("quotes[{index}].text must be non-empty text")
    E607 = Message("events[{index}] has neither cameo codes nor a plover type")
    E608 = Message("a gold file must hold one JSON object")
    E609 = Message("give exactly one of {keys} (found {found})")
    E610 = Message("cannot read gold file ({err})")
    E611 = Message("not valid JSON: {err}")
    E612 = Message("not a directory")
    E613 = Message("no *.json gold file in this directory")
    E614 = Message("cannot read the article input ({err})")
    E615 = Message("cannot read the ground truth ({err})")
    E616 = Message("expected {{id: {{articleBody, url}}}}")
    E617 = Message("cannot read thresholds ({err})")
    E618 = Message("thresholds must be a JSON object")

    # E9xx: a bug (logged with its trace; the batch goes on)
    E999 = Message("internal error: {kind}: {err}")


class Warnings:
    """Every warning newsevents logs (``LOGGER.warning("%s", Warnings.W250.format(...))``), by code."""

    W101 = Message("{source}: unexpected {kind} while reading")
    W102 = Message("unreadable publication date {date!r}; offices are not time-bounded")
    W250 = Message("{source}: over the {seconds:g} s per-document limit")
    W251 = Message("a worker process died; a new one retries its {inputs} inputs one by one")
    W501 = Message("cannot add indexes {indexes} to {path} ({err}); some filters will be slow")
    W601 = Message("pipeline failed on gold article {article}: {err}")
    W602 = Message("extraction failed on {page}: {kind}: {err}")


class NewsEventsError(Exception):
    """Base of every error newsevents raises on purpose.

    Args:
        message: an entry of :class:`Errors`, usually ``.format``-ted; its code becomes the error's. Plain
            text (an error read back from an ingest log or a shard, or unpickled) keeps ``code`` or else
            the class's family code.
        source: the input the error concerns (a path, a URL, a record's key), printed before the message.
    """

    code = "E000"

    def __init__(self, message: Message | str, *, source: str | None = None, code: str | None = None) -> None:
        text = message.text if isinstance(message, Message) else message
        self.message = text
        self.source = source
        self.code = code or (message.code if isinstance(message, Message) else type(self).code)
        super().__init__(text)

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{self.code} {where}{self.message}"


class InputError(NewsEventsError):
    """An input that cannot be read as news: empty, binary, truncated, malformed."""

    code = "E100"


class FetchError(InputError):
    """A URL that cannot be fetched, or that newsevents refuses to fetch (private address)."""

    code = "E150"


class DateParamError(InputError, ValueError):
    """A date given to filter by that is no ISO day, week, month or year, or a range nothing can match.

    A ``ValueError`` too, so code that validates dates the standard way catches it.
    """

    code = "E180"


class ExtractionError(NewsEventsError):
    """An input that was read but yields no article text."""

    code = "E200"


class ModelError(NewsEventsError):
    """The spaCy pipeline cannot be loaded."""

    code = "E300"


class KnowledgeBaseError(NewsEventsError):
    """A lexicon, ontology or actor file is malformed."""

    code = "E400"


class StoreError(NewsEventsError):
    """The embedded database cannot be opened, migrated or written."""

    code = "E500"


class EvaluationError(NewsEventsError):
    """A gold file does not follow the gold format."""

    code = "E600"
