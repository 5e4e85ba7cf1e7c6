package main

import (
	"bufio"
	"bytes"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/siemanon/siemanon/metakeys"
)

// fileConfig is the YAML form of the settings (--config). Every field has a flag of the
// same name, which wins when both are given.
type fileConfig struct {
	KeyFile   string   `yaml:"key-file"`
	Only      []string `yaml:"only"`
	Skip      []string `yaml:"skip"`
	Keep      []string `yaml:"keep"`      // values never rewritten, in the file itself
	KeepFile  string   `yaml:"keep-file"` // and from a file, as --keep
	Profile   []string `yaml:"profile"`
	KeepOUI   *bool    `yaml:"keep-oui"`
	IPPrefix  *bool    `yaml:"ip-prefix"`
	ShiftTime *bool    `yaml:"shift-time"`
	MaxLine   string   `yaml:"max-line"`
	Workers   *int     `yaml:"workers"`
}

// applyConfig reads --config and fills in every setting whose flag was not given.
func applyConfig(cmd *cobra.Command, opts *rootOptions) error {
	if opts.config == "" {
		return nil
	}
	data, err := os.ReadFile(opts.config)
	if err != nil {
		return usageError("--config: %v", err)
	}
	var fc fileConfig
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&fc); err != nil && err.Error() != "EOF" {
		return usageError("--config %s: %v", opts.config, err)
	}
	set := func(name string) bool { return cmd.Flags().Changed(name) }
	if !set("key-file") && fc.KeyFile != "" {
		opts.keyFile = fc.KeyFile
	}
	if !set("only") && len(fc.Only) > 0 {
		opts.only = fc.Only
	}
	if !set("skip") && len(fc.Skip) > 0 {
		opts.skip = fc.Skip
	}
	if !set("keep") && fc.KeepFile != "" {
		opts.keepFile = fc.KeepFile
	}
	opts.extraKeep = fc.Keep
	if !set("profile") && len(fc.Profile) > 0 {
		opts.profiles = fc.Profile
	}
	if !set("keep-oui") && fc.KeepOUI != nil {
		opts.keepOUI = *fc.KeepOUI
	}
	if !set("ip-prefix") && fc.IPPrefix != nil {
		opts.ipPrefix = *fc.IPPrefix
	}
	if !set("shift-time") && fc.ShiftTime != nil {
		opts.shiftTime = *fc.ShiftTime
	}
	if !set("max-line") && fc.MaxLine != "" {
		opts.maxLine = fc.MaxLine
	}
	if !set("workers") && fc.Workers != nil {
		opts.workers = *fc.Workers
	}
	return nil
}

// readKeepFile reads a keep-list: one value per line, '#' starts a comment.
func readKeepFile(name string) ([]string, error) {
	if name == "" {
		return nil, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, usageError("--keep: %v", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	if err := sc.Err(); err != nil {
		return nil, usageError("--keep %s: %v", name, err)
	}
	return out, nil
}

// loadProfiles resolves --profile: built-in names, or profile files.
func loadProfiles(names []string) ([]*metakeys.Profile, error) {
	var out []*metakeys.Profile
	for _, n := range names {
		if p, ok := metakeys.ByName(n); ok {
			out = append(out, p)
			continue
		}
		f, err := os.Open(n)
		if err != nil {
			var known []string
			for _, p := range metakeys.Builtin() {
				known = append(known, p.Name)
			}
			return nil, usageError("--profile %q: not a built-in profile (%s) nor a readable file", n, strings.Join(known, ", "))
		}
		p, err := metakeys.Parse(f, n)
		f.Close()
		if err != nil {
			return nil, usageError("--profile: %v", err)
		}
		out = append(out, p)
	}
	return out, nil
}
