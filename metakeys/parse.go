package metakeys

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
)

// categoryNames are the category names a profile row may use: the categories siemanon rewrites,
// the two value-classified kinds ip and address, and none, which marks a path as not
// sensitive (it shadows wildcard rows and removes a row of an extended profile).
var categoryNames = []string{
	"ipv4", "ipv6", "mac", "email", "domain", "hostname", "url", "username", "fullname",
	"organization", "path", "geo", "sid", "secret", "time", "ip", "address",
	"phone", "card", "iban", "nationalid", "deviceid", "coordinate", none,
}

// Error is a problem in a profile file, with the line it was found on.
type Error struct {
	Source string // the file name given to Parse
	Line   int    // 1-based; 0 when the problem is not on one line
	Msg    string
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.Source, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.Source, e.Line, e.Msg)
}

// table is a profile file as read, before it becomes a Profile.
type table struct {
	source      string
	name        string
	description string
	caseRule    string // "", "sensitive" or "insensitive"
	extends     string
	extendsLine int
	detect      []string
	rows        []Field
	rowLines    []int
}

// Parse reads a user profile file. With `# extends: NAME` its rows are merged over the
// built-in profile NAME: a row whose path the built-in has replaces that row, the others are
// added, and its detect paths are added to the built-in's. Without it the file stands alone.
// source names the file in error messages.
func Parse(r io.Reader, source string) (*Profile, error) {
	t, err := readTable(r, source)
	if err != nil {
		return nil, err
	}
	if t.extends == "" {
		if t.name == "" {
			t.name = strings.TrimSuffix(filepath.Base(source), filepath.Ext(source))
		}
		return t.build()
	}
	base, ok := ByName(t.extends)
	if !ok {
		return nil, &Error{source, t.extendsLine, fmt.Sprintf("extends unknown profile %q (built-in profiles: %s)", t.extends, strings.Join(builtinNames(), ", "))}
	}
	return t.mergeOver(base)
}

// readTable parses the lines of a profile file.
func readTable(r io.Reader, source string) (*table, error) {
	t := &table{source: source}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	seen := map[string]int{}
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if strings.HasPrefix(line, "#") {
			if err := t.header(line, n); err != nil {
				return nil, err
			}
			continue
		}
		path, rest, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, &Error{source, n, fmt.Sprintf("row %q has no tab: write PATH<TAB>CATEGORY<TAB>NOTE", line)}
		}
		cat, note, _ := strings.Cut(rest, "\t")
		path, cat, note = strings.TrimSpace(path), strings.TrimSpace(cat), strings.TrimSpace(note)
		if err := checkPath(path); err != nil {
			return nil, &Error{source, n, err.Error()}
		}
		if !slices.Contains(categoryNames, cat) {
			return nil, &Error{source, n, fmt.Sprintf("unknown category %q for %s (known: %s)", cat, path, strings.Join(categoryNames, " "))}
		}
		if prev, dup := seen[path]; dup {
			return nil, &Error{source, n, fmt.Sprintf("%s is already on line %d", path, prev)}
		}
		seen[path] = n
		t.rows = append(t.rows, Field{Path: path, Category: cat, Note: note})
		t.rowLines = append(t.rowLines, n)
	}
	if err := sc.Err(); err != nil {
		return nil, &Error{source, n + 1, err.Error()}
	}
	return t, nil
}

// header reads a `# key: value` line. A `#` line that is not one of the known keys is a
// comment; a known key that is given a bad value is an error.
func (t *table) header(line string, n int) error {
	body := strings.TrimSpace(strings.TrimPrefix(line, "#"))
	key, val, ok := strings.Cut(body, ":")
	if !ok {
		return nil
	}
	val = strings.TrimSpace(val)
	switch strings.TrimSpace(key) {
	case "name":
		if t.name != "" {
			return &Error{t.source, n, "name given twice"}
		}
		if val == "" || strings.ContainsAny(val, " \t/") {
			return &Error{t.source, n, fmt.Sprintf("bad profile name %q: one word, no '/'", val)}
		}
		t.name = val
	case "description":
		t.description = val
	case "case":
		if val != "sensitive" && val != "insensitive" {
			return &Error{t.source, n, fmt.Sprintf("case is %q: want sensitive or insensitive", val)}
		}
		t.caseRule = val
	case "extends":
		if val == "" {
			return &Error{t.source, n, "extends names no profile"}
		}
		t.extends, t.extendsLine = val, n
	case "detect":
		for _, d := range strings.Fields(val) {
			if err := checkPath(d); err != nil {
				return &Error{t.source, n, "detect: " + err.Error()}
			}
			t.detect = append(t.detect, d)
		}
	}
	return nil
}

// checkPath reports a path that the matcher cannot take.
func checkPath(path string) error {
	if path == "" {
		return fmt.Errorf("empty path")
	}
	segs := strings.Split(path, ".")
	for i, s := range segs {
		switch {
		case s == "":
			return fmt.Errorf("path %q has an empty segment", path)
		case s == "**" && i > 0:
			return fmt.Errorf("path %q: ** may only start a path", path)
		case s == "**" && len(segs) == 1:
			return fmt.Errorf("path %q matches every key", path)
		case s != "*" && s != "**" && strings.Contains(s, "*"):
			return fmt.Errorf("path %q: * must be a whole segment", path)
		}
	}
	return nil
}

// mergeOver lays t's rows over base and builds the result.
func (t *table) mergeOver(base *Profile) (*Profile, error) {
	m := &table{
		source:      t.source,
		name:        cmp(t.name, base.Name),
		description: cmp(t.description, base.Description),
		caseRule:    t.caseRule,
		extends:     base.Name,
	}
	if m.caseRule == "" {
		m.caseRule = "sensitive"
		if base.insensitive {
			m.caseRule = "insensitive"
		}
	}
	fold := m.caseRule == "insensitive"
	key := func(p string) string {
		if fold {
			return strings.ToLower(p)
		}
		return p
	}
	index := map[string]int{}
	for _, f := range base.fields {
		k := key(f.Path)
		if i, dup := index[k]; dup {
			m.rows[i] = f
			continue
		}
		index[k] = len(m.rows)
		m.rows = append(m.rows, f)
		m.rowLines = append(m.rowLines, 0)
	}
	for j, f := range t.rows {
		if i, ok := index[key(f.Path)]; ok {
			m.rows[i] = f
			m.rowLines[i] = t.rowLines[j]
			continue
		}
		index[key(f.Path)] = len(m.rows)
		m.rows = append(m.rows, f)
		m.rowLines = append(m.rowLines, t.rowLines[j])
	}
	m.detect = append(base.Signatures(), t.detect...)
	return m.build()
}

func cmp(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// build turns a table into a Profile with its lookup indexes.
func (t *table) build() (*Profile, error) {
	if t.name == "" {
		return nil, &Error{t.source, 0, "no `# name:` line"}
	}
	p := &Profile{
		Name:        t.name,
		Description: t.description,
		insensitive: t.caseRule == "insensitive",
		extends:     t.extends,
		exact:       map[string]int32{},
		byLast:      map[string][]pattern{},
	}
	norm := func(s string) string {
		if p.insensitive {
			return string(lower(nil, []byte(s)))
		}
		return s
	}
	for i, f := range t.rows {
		path := norm(f.Path)
		if !strings.Contains(path, "*") {
			if prev, dup := p.exact[path]; dup {
				return nil, &Error{t.source, t.rowLines[i], fmt.Sprintf("%s and %s are the same path in a case-insensitive profile", p.fields[prev].Path, f.Path)}
			}
			p.exact[path] = int32(len(p.fields))
			p.fields = append(p.fields, f)
			continue
		}
		q := compile(path, int32(len(p.fields)))
		p.fields = append(p.fields, f)
		if last := q.segs[len(q.segs)-1]; last != "*" {
			p.byLast[last] = append(p.byLast[last], q)
		} else {
			p.anyLast = append(p.anyLast, q)
		}
	}
	order := func(a, b pattern) int {
		if better(&a, &b) {
			return -1
		}
		if better(&b, &a) {
			return 1
		}
		return 0
	}
	for k := range p.byLast {
		slices.SortStableFunc(p.byLast[k], order)
	}
	slices.SortStableFunc(p.anyLast, order)
	for _, d := range t.detect {
		q := compile(norm(d), -1)
		if !slices.ContainsFunc(p.detect, func(o pattern) bool { return o.String() == q.String() }) {
			p.detect = append(p.detect, q)
			p.signatures = append(p.signatures, d) // as written, for listings
		}
	}
	return p, nil
}

// compile splits a checked path into a pattern.
func compile(path string, row int32) pattern {
	q := pattern{row: row}
	if rest, ok := strings.CutPrefix(path, "**."); ok {
		q.deep, path = true, rest
	}
	q.segs = strings.Split(path, ".")
	return q
}
