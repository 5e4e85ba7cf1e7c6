package main

import "runtime/debug"

// releaseVersion is set by release builds: -ldflags "-X main.releaseVersion=v1.2.3".
var releaseVersion string

// version is the release version, or the module version of a `go install` build.
func version() string {
	if releaseVersion != "" {
		return releaseVersion
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}
