package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/siemanon/siemanon/metakeys"
)

const profilesLong = `List the profiles JSON records are rewritten by.

Without an argument, list the built-in profiles: their name (as given to --profile), whether
their keys match case-sensitively, their signature keys (a record that has one of them is
rewritten by the profile), their number of fields and a description.

With a built-in profile's NAME, or a profile FILE, list its fields: the key path, the
category of the values found there and a note. Rows of category none mark paths that are
deliberately not rewritten by key; their string values are scanned as raw text. A FILE that
extends a built-in profile is listed merged: the built-in's rows first, then its own.
The file format is described by 'go doc github.com/siemanon/siemanon/metakeys'.

With --format json, the output is one JSON document. The list is an array of
  {"name": string, "description": string, "case": "sensitive"|"insensitive",
   "extends": string, "signatures": [string], "fields": number}
and one profile is
  {"name": string, "description": string, "case": "sensitive"|"insensitive",
   "extends": string, "signatures": [string],
   "fields": [{"path": string, "category": string, "note": string}]}
"extends" is "" unless the profile is a file merged over a built-in profile. These fields
are stable; new ones may be added.`

const profilesExample = `  siemanon profiles
  siemanon profiles winlog
  siemanon profiles --format json ecs | jq -r '.fields[] | select(.category == "username") | .path'
  siemanon profiles my-profile.tsv`

type profilesOptions struct {
	format string
}

func newProfilesCmd(s *streams) *cobra.Command {
	opts := &profilesOptions{}
	cmd := &cobra.Command{
		Use:     "profiles [NAME|FILE]",
		Short:   "List the JSON profiles, or the fields of one",
		Long:    profilesLong,
		Example: profilesExample,
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.format != "table" && opts.format != "json" {
				return usageError("--format %q: want table or json", opts.format)
			}
			if len(args) == 0 {
				return listProfiles(s.stdout, metakeys.Builtin(), opts.format)
			}
			p, err := resolveProfile(args[0])
			if err != nil {
				return err
			}
			return showProfile(s.stdout, p, opts.format)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "table", "output `FORMAT`: table or json")
	return cmd
}

// resolveProfile finds a built-in profile by name, or reads a profile file.
func resolveProfile(arg string) (*metakeys.Profile, error) {
	if p, ok := metakeys.ByName(arg); ok {
		return p, nil
	}
	f, err := os.Open(arg)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, usageError("unknown profile %q: not a built-in profile (%s) nor a file", arg, builtinNames())
		}
		return nil, usageError("profile %v", err)
	}
	defer f.Close()
	p, err := metakeys.Parse(f, arg)
	if err != nil {
		return nil, usageError("%v", err)
	}
	return p, nil
}

func builtinNames() string {
	var names []string
	for _, p := range metakeys.Builtin() {
		names = append(names, p.Name)
	}
	return strings.Join(names, ", ")
}

func caseRule(p *metakeys.Profile) string {
	if p.CaseInsensitive() {
		return "insensitive"
	}
	return "sensitive"
}

// profileSummary is one element of `siemanon profiles --format json`.
type profileSummary struct {
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Case        string   `json:"case"`
	Extends     string   `json:"extends"`
	Signatures  []string `json:"signatures"`
	Fields      int      `json:"fields"`
}

// profileDetail is `siemanon profiles --format json NAME`.
type profileDetail struct {
	Name        string       `json:"name"`
	Description string       `json:"description"`
	Case        string       `json:"case"`
	Extends     string       `json:"extends"`
	Signatures  []string     `json:"signatures"`
	Fields      []fieldEntry `json:"fields"`
}

type fieldEntry struct {
	Path     string `json:"path"`
	Category string `json:"category"`
	Note     string `json:"note"`
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func listProfiles(w io.Writer, ps []*metakeys.Profile, format string) error {
	if format == "json" {
		out := make([]profileSummary, 0, len(ps))
		for _, p := range ps {
			out = append(out, profileSummary{
				Name:        p.Name,
				Description: p.Description,
				Case:        caseRule(p),
				Extends:     p.Extends(),
				Signatures:  nonNil(p.Signatures()),
				Fields:      len(p.Fields()),
			})
		}
		return writeJSON(w, out)
	}
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tCASE\tSIGNATURES\tFIELDS\tDESCRIPTION")
	for _, p := range ps {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", p.Name, caseRule(p), strings.Join(p.Signatures(), " "), len(p.Fields()), p.Description)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return writeTrimmed(w, buf.Bytes())
}

func showProfile(w io.Writer, p *metakeys.Profile, format string) error {
	fields := p.Fields()
	if format == "json" {
		d := profileDetail{
			Name:        p.Name,
			Description: p.Description,
			Case:        caseRule(p),
			Extends:     p.Extends(),
			Signatures:  nonNil(p.Signatures()),
			Fields:      make([]fieldEntry, 0, len(fields)),
		}
		for _, f := range fields {
			d.Fields = append(d.Fields, fieldEntry{Path: f.Path, Category: f.Category, Note: f.Note})
		}
		return writeJSON(w, d)
	}
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PATH\tCATEGORY\tNOTE")
	for _, f := range fields {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", f.Path, f.Category, f.Note)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return writeTrimmed(w, buf.Bytes())
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeTrimmed writes a table without the padding tabwriter leaves before an empty last
// column.
func writeTrimmed(w io.Writer, table []byte) error {
	var out bytes.Buffer
	for line := range bytes.Lines(table) {
		out.Write(bytes.TrimRight(line, " \n"))
		out.WriteByte('\n')
	}
	_, err := w.Write(out.Bytes())
	return err
}
