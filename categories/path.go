package categories

import (
	"bytes"
	"strings"
)

// Paths are found by their syntax: a drive (C:\), a UNC prefix (\\server\share) or a
// leading '/' and a well-known root (/home, /var, /Users, ...), in free text, and any path
// at path keys. The pseudonym keeps the depth, the separators and the extensions. The
// component after a home directory (home, Users) is the user's name and gets the username
// pseudonym, so C:\Users\jdoe and /home/jdoe point to the same pseudonymous user as
// user=jdoe; what lies below a home folder is the person's own (documents, projects) and
// is replaced letter for letter by keyed letters of the same case, digits by digits,
// except well-known components (Desktop, AppData, .ssh). Components outside home folders
// name systems and programs (/var/log/nginx, C:\Program Files\Acme) and stay, unless
// they are values of their own (an address, an email, a learned user), which Other maps.

var pathInfo = Category{
	Name:        Path,
	Risk:        Medium,
	Description: "Windows and Unix paths; depth, separators, extensions and well-known components kept, home folders map to the username",
	Reason:      "paths carry user names and the names of people's files and projects",
}

var wellKnownComponents = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range readWellKnown("path-components.txt") {
		m[c] = true
	}
	return m
}()

// Paths maps paths for one worker. It is not safe for concurrent use.
type Paths struct {
	// Other, when set, maps a component that is a value of another category (an IP
	// address, an email) and reports whether it did.
	Other func(dst, component []byte) ([]byte, bool)
	// Text, when set, maps a component outside a home folder that holds words joined
	// by punctuation (0!jdoe); a component under one is mapped whole anyway.
	Text func(dst, component []byte) ([]byte, bool)

	// Owner, when set, reports a folder in a store of users' files named for its
	// owner (exports/jdoe/...): mapped as a home folder's user is.
	Owner func(store, folder []byte) bool

	users  *Usernames
	prf    *PRF
	keep   func(component []byte) bool
	folded []byte
}

// NewPaths returns a path mapper that maps home-folder names with users. keep, when not
// nil, names more components to leave alone (a user's keep-list).
func NewPaths(k *Keyring, users *Usernames, keep func([]byte) bool) *Paths {
	return &Paths{users: users, prf: k.PRF(Path), keep: keep}
}

// IsWellKnownComponent reports whether a path component stays as it is.
func (p *Paths) isWellKnown(component []byte) bool {
	p.folded = append(p.folded[:0], component...)
	for i, c := range p.folded {
		if c >= 'A' && c <= 'Z' {
			p.folded[i] = c + 'a' - 'A'
		}
	}
	if wellKnownComponents[string(p.folded)] {
		return true
	}
	return p.keep != nil && p.keep(component)
}

func isPathSep(c byte) bool { return c == '/' || c == '\\' }

func (p *Paths) text(dst, comp []byte) ([]byte, bool) {
	if p.Text == nil {
		return dst, false
	}
	return p.Text(dst, comp)
}

// HomeUser returns the user name component of a path under a home folder
// (/home/jdoe/..., C:\Users\jdoe\...), or nil.
func HomeUser(path []byte) []byte {
	return firstComponent(path, func(prev, comp []byte, i, j int) bool {
		return (isHomeFolder(prev) || hdfsHome(path, prev, comp) || mailSpool(path, prev, comp)) && len(comp) > 0 ||
			i == 0 && len(comp) > 0 && ProfileFolderAfter(path, j) && !IsWellKnownAccount(comp)
	})
}

// OwnerFolderUser returns the first folder of path that owner reports as named for its
// owner (a folder of a store of users' files, with more below it), or nil.
func OwnerFolderUser(path []byte, owner func(store, folder []byte) bool) []byte {
	return firstComponent(path, func(prev, comp []byte, i, j int) bool {
		return j+1 < len(path) && owner(prev, comp)
	})
}

// firstComponent returns the first component of path, path[i:j], for which match holds,
// given the component before it, or nil.
func firstComponent(path []byte, match func(prev, comp []byte, i, j int) bool) []byte {
	var prev []byte
	for i := 0; i < len(path); {
		for i < len(path) && isPathSep(path[i]) {
			i++
		}
		j := i
		for j < len(path) && !isPathSep(path[j]) {
			j++
		}
		if match(prev, path[i:j], i, j) {
			return path[i:j]
		}
		prev = path[i:j]
		i = j
	}
	return nil
}

// hdfsHome reports whether comp follows /user at the root of path: HDFS's home folders
// (/user/jdoe/exports), not systemd's /run/user/1000 (not at the root, and a number).
func hdfsHome(path, prev, comp []byte) bool {
	if len(prev) != 4 || string(prev) != "user" || len(path) < 6 || path[0] != '/' || string(path[1:6]) != "user/" {
		return false
	}
	for _, c := range comp {
		if c < '0' || c > '9' {
			return &prev[0] == &path[1] // (prev is the root's first component)
		}
	}
	return false
}

// mailSpool reports whether comp is a mailbox in a Unix mail spool (/var/mail/jdoe,
// /var/spool/mail/jdoe): a user's, named for them.
func mailSpool(path, prev, comp []byte) bool {
	if len(prev) != 4 || string(prev) != "mail" || len(comp) == 0 {
		return false
	}
	return bytes.HasPrefix(path, []byte("/var/mail/")) || bytes.HasPrefix(path, []byte("/var/spool/mail/"))
}

func isHomeFolder(c []byte) bool {
	return strings.EqualFold(string(c), "home") || strings.EqualFold(string(c), "users") ||
		strings.EqualFold(string(c), "homes") || strings.EqualFold(string(c), "Documents and Settings") || // (homes: a NAS's user shares)
		string(c) == "sftp" || // an SFTP server's chroots, a folder per account: /sftp/ruizasoc/in, /srv/sftp/jdoe
		len(c) > 4 && c[len(c)-1] == '$' && homeShares[strings.ToLower(string(c[:len(c)-1]))]
}

// profileFolderAfter reports whether the component after the separator at path[j] is a
// folder every Windows profile has (Desktop, Documents, Downloads, AppData, ...).
func ProfileFolderAfter(path []byte, j int) bool {
	if j >= len(path) || !isPathSep(path[j]) {
		return false
	}
	k := j
	for k < len(path) && isPathSep(path[k]) {
		k++
	}
	e := k
	for e < len(path) && !isPathSep(path[e]) {
		e++
	}
	switch strings.ToLower(string(path[k:e])) {
	case "desktop", "documents", "downloads", "pictures", "appdata", "music", "videos", "favorites",
		"contacts", "links", "my documents", "saved games", "searches", "onedrive":
		return true
	}
	return false
}

// homeShares are the hidden Windows shares (NAME$) that hold a folder per user, named for
// its user: \\fs01\home$\jdoe, \\fs01\users$\jdoe, \\fs01\profiles$\jdoe.V6.
var homeShares = map[string]bool{"home": true, "homes": true, "users": true, "user": true,
	"profiles": true, "profile": true, "userdata": true, "userhome": true, "userhomes": true,
	"homedirs": true, "redirect": true, "redirections": true, "folderredirection": true,
	"staff": true, "students": true, "pupils": true, "teachers": true, "employees": true} // (schools' \\fs01\staff$\jdoe)

// Append appends the pseudonym of a path.
func (p *Paths) Append(dst, path []byte) []byte {
	var prev []byte
	underHome := false
	i := 0
	for i < len(path) {
		if isPathSep(path[i]) {
			dst = append(dst, path[i])
			i++
			continue
		}
		j := i
		for j < len(path) && !isPathSep(path[j]) {
			j++
		}
		comp := path[i:j]
		switch {
		case i == 0 && len(comp) == 2 && comp[1] == ':': // drive letter
			dst = append(dst, comp...)
		case (isHomeFolder(prev) || hdfsHome(path, prev, comp) || mailSpool(path, prev, comp)) && !underHome && !p.isWellKnown(comp):
			if IsWellKnownAccount(comp) {
				// A service's home (/home/airflow, /home/ubuntu): what lies under it is the
				// service's, read as any path's components are.
				dst = append(dst, comp...)
			} else {
				underHome = true
				dst = p.users.Append(dst, comp)
			}
		case p.Owner != nil && !underHome && j+1 < len(path) && !p.isWellKnown(comp) && p.Owner(prev, comp):
			underHome = true
			dst = p.users.Append(dst, comp)
		case i == 0 && !underHome && ProfileFolderAfter(path, j) && !p.isWellKnown(comp) && !IsWellKnownAccount(comp):
			// A path relative to a home share (Zeek's smb_files name beside \\fs\home$):
			// USER\Documents\..., its first part the user's folder.
			underHome = true
			dst = p.users.Append(dst, comp)
		case string(comp) == "." || string(comp) == ".." || p.isWellKnown(comp):
			dst = append(dst, comp...)
		default:
			if p.Other != nil {
				if d, ok := p.Other(dst, comp); ok {
					dst = d
					break
				}
			}
			if underHome {
				dst = p.appendComponent(dst, comp)
			} else if d, ok := p.text(dst, comp); ok {
				dst = d
			} else {
				dst = append(dst, comp...)
			}
		}
		prev = comp
		i = j
	}
	return dst
}

// AppendComponent appends the pseudonym of a single path component (a file name at a file
// name key): the same as the component gets below a home folder, so fname= and filePath=
// agree.
func (p *Paths) AppendComponent(dst, comp []byte) []byte {
	if p.isWellKnown(comp) {
		return append(dst, comp...)
	}
	return p.appendComponent(dst, comp)
}

// appendComponent replaces a component's letters and digits by keyed ones of the same
// class and case, keeping its extension and punctuation.
func (p *Paths) appendComponent(dst, comp []byte) []byte {
	stem, ext := comp, []byte(nil)
	if dot := strings.LastIndexByte(string(comp), '.'); dot > 0 && len(comp)-dot <= 6 {
		stem, ext = comp[:dot], comp[dot:]
	}
	sum := p.prf.Sum(stem)
	for k, c := range stem {
		r := sum[k%len(sum)] ^ byte(k/len(sum))
		switch {
		case c >= 'a' && c <= 'z':
			dst = append(dst, 'a'+r%26)
		case c >= 'A' && c <= 'Z':
			dst = append(dst, 'A'+r%26)
		case c >= '0' && c <= '9':
			dst = append(dst, '0'+r%10)
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, ext...)
}

// unixRoots are the top-level directories that make "/x/..." in free text a path rather
// than a URL path, a command-line switch (/user:jdoe) or an API route.
var unixRoots = map[string]bool{"bin": true, "boot": true, "dev": true, "etc": true, "home": true,
	"lib": true, "lib32": true, "lib64": true, "libexec": true, "media": true, "mnt": true, "opt": true,
	"proc": true, "root": true, "run": true, "sbin": true, "srv": true, "sys": true, "tmp": true,
	"usr": true, "var": true, "export": true, "data": true, "nfs": true, "net": true, "Users": true,
	"Library": true, "Applications": true, "Volumes": true, "System": true, "private": true,
	"cygdrive": true, "snap": true, "workspace": true, "app": true, "builds": true, "storage": true,
	"sftp": true} // (an SFTP server's chroots: /sftp/ACCOUNT/in)

// IsUnixPath reports whether text that starts with '/' is a file path by its first
// component: a well-known root directory.
func IsUnixPath(p []byte) bool {
	if len(p) < 2 || p[0] != '/' {
		return false
	}
	end := 1
	for end < len(p) && p[end] != '/' {
		end++
	}
	return unixRoots[string(p[1:end])]
}
