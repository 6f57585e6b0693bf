"""Fills README.md's code snippets from the compiled example sources.

Run from the repository root: python3 docs/readme.py. ReadmeTest fails when README.md and the
sources disagree; this script is the quick way to bring them back in step.
"""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
TREES = [ROOT / "examples/src/main/java/org/kamscore/examples",
         ROOT / "examples/src/test/java/org/kamscore/examples",
         ROOT / "spark/src/test/java/org/kamscore/spark"]


def snippets():
    found = {}
    for source in [s for tree in TREES for s in sorted(tree.rglob("*.java"))]:
        lines = source.read_text(encoding="utf-8").split("\n")
        for i, line in enumerate(lines):
            m = re.fullmatch(r"\s*// README:([a-z-]+):begin", line)
            if m:
                end = next(j for j in range(i, len(lines))
                           if lines[j].strip() == "// README:%s:end" % m.group(1))
                body = lines[i + 1:end]
                indent = min(len(l) - len(l.lstrip()) for l in body if l.strip())
                found[m.group(1)] = "\n".join(l[indent:] if l.strip() else "" for l in body) + "\n"
    return found


def main():
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    for name, code in snippets().items():
        pattern = re.compile(r"(<!-- snippet:%s -->\n```java\n).*?(```)" % re.escape(name), re.S)
        text, n = pattern.subn(lambda m: m.group(1) + code + m.group(2), text)
        if n != 1:
            raise SystemExit("README.md has %d places for snippet '%s'" % (n, name))
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
