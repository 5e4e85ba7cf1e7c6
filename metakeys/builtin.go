package metakeys

import (
	"bytes"
	"embed"
	"io/fs"
	"slices"
	"strings"
	"sync"
)

//go:embed profiles/*.tsv
var profileFiles embed.FS

// builtins parses the embedded tables once. A bad table is a bug in this package, caught by
// its tests, so it panics.
var builtins = sync.OnceValue(func() []*Profile {
	names, err := fs.Glob(profileFiles, "profiles/*.tsv")
	if err != nil {
		panic(err)
	}
	var out []*Profile
	for _, name := range names {
		data, err := profileFiles.ReadFile(name)
		if err != nil {
			panic(err)
		}
		t, err := readTable(bytes.NewReader(data), name)
		if err != nil {
			panic(err)
		}
		if t.extends != "" {
			panic(name + ": a built-in profile cannot extend another")
		}
		p, err := t.build()
		if err != nil {
			panic(err)
		}
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b *Profile) int { return strings.Compare(a.Name, b.Name) })
	return out
})

// Builtin returns the embedded profiles, sorted by name. The slice is the caller's; the
// profiles are shared and immutable.
func Builtin() []*Profile {
	return slices.Clone(builtins())
}

// ByName returns the built-in profile with that name.
func ByName(name string) (*Profile, bool) {
	for _, p := range builtins() {
		if p.Name == name {
			return p, true
		}
	}
	return nil, false
}

func builtinNames() []string {
	var names []string
	for _, p := range builtins() {
		names = append(names, p.Name)
	}
	return names
}
