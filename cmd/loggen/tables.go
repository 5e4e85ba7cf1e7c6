package main

import (
	"embed"
	"strings"
)

// The word lists and templates live in data/*.txt so that a reviewer can
// read them as tables. Blank lines and lines starting with '#' are comments.
//
//go:embed data/*.txt
var dataFS embed.FS

// tables holds every embedded list, parsed once at start-up.
type tables struct {
	first, last, services, badUsers []string
	domains, vhosts, words, agents  []string
	roles                           []string
	urls, commands, winPaths, files []tmpl
	cef                             []cefSource
}

// cefSource is one line of data/cef.txt.
type cefSource struct {
	vendor, product, version, sigID, name, severity, kind string
}

func loadTables() *tables {
	t := &tables{
		first:    lines("first.txt"),
		last:     lines("last.txt"),
		services: lines("services.txt"),
		badUsers: lines("badusers.txt"),
		domains:  lines("domains.txt"),
		vhosts:   lines("vhosts.txt"),
		words:    lines("words.txt"),
		agents:   lines("agents.txt"),
		roles:    lines("roles.txt"),
		urls:     tmpls("urls.txt"),
		commands: tmpls("commands.txt"),
		winPaths: tmpls("winpaths.txt"),
		files:    tmpls("files.txt"),
	}
	for _, l := range lines("cef.txt") {
		f := strings.Split(l, "|")
		if len(f) != 7 {
			panic("loggen: data/cef.txt: want 7 fields: " + l)
		}
		t.cef = append(t.cef, cefSource{f[0], f[1], f[2], f[3], f[4], f[5], f[6]})
	}
	return t
}

func lines(name string) []string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("loggen: " + err.Error())
	}
	var out []string
	for l := range strings.SplitSeq(string(b), "\n") {
		l = strings.TrimRight(l, "\r")
		if l == "" || l[0] == '#' {
			continue
		}
		out = append(out, l)
	}
	if len(out) == 0 {
		panic("loggen: data/" + name + " is empty")
	}
	return out
}

func tmpls(name string) []tmpl {
	ls := lines(name)
	out := make([]tmpl, len(ls))
	for i, l := range ls {
		out[i] = parseTmpl(l)
	}
	return out
}

// A tmpl is a line from a template table, split into literal text and
// placeholders that the generator fills in.
type tmpl []seg

type segKind uint8

const (
	segLit    segKind = iota
	segUser           // {user}: the event's username
	segEmail          // {email}: the event's user at corp.example.com
	segHex            // {hex}: eight lower-case hex digits
	segNum            // {n}: a number
	segIP             // {ip}: an IPv4 address from the pool
	segHost           // {host}: an internal fully qualified host name
	segDomain         // {domain}: an external domain
	segWord           // {word}: a word from words.txt
)

var segNames = map[string]segKind{
	"user": segUser, "email": segEmail, "hex": segHex, "n": segNum,
	"ip": segIP, "host": segHost, "domain": segDomain, "word": segWord,
}

func parseTmpl(s string) tmpl {
	var t tmpl
	for s != "" {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			t = append(t, seg{kind: segLit, lit: s})
			break
		}
		j := strings.IndexByte(s[i:], '}')
		k, ok := segNames[s[i+1:i+max(j, 1)]]
		if j < 0 || !ok {
			// Not a placeholder: keep the brace as text.
			t = append(t, seg{kind: segLit, lit: s[:i+1]})
			s = s[i+1:]
			continue
		}
		if i > 0 {
			t = append(t, seg{kind: segLit, lit: s[:i]})
		}
		t = append(t, seg{kind: k})
		s = s[i+j+1:]
	}
	return t
}

type seg struct {
	kind segKind
	lit  string
}
