#!/usr/bin/env bash
# Builds the base of Homeward's container image without a Docker daemon or registry: Debian 12
# (minbase) with OpenJDK 17's headless runtime, from Debian's mirror, written as a `docker save`
# tarball that Jib takes as its base (`-Djib.from.image=tar://…`). Needs root (debootstrap) and
# Debian's debootstrap package. See README, Container image.
#
#   sudo app/container/base-image.sh [OUTPUT.tar]     (default app/target/jib-base.tar)
set -euo pipefail

out="$(realpath -m "${1:-$(dirname "$0")/../target/jib-base.tar}")"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"

debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$root" "$mirror" >&2
# what a server image does not need
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* "$root"/usr/share/man/* \
  "$root"/usr/share/locale/*
# the user the application runs as (uid and gid 65532, as distroless' nonroot) and its data directory
echo "homeward:x:65532:65532:Homeward:/data:/usr/sbin/nologin" >> "$root/etc/passwd"
echo "homeward:x:65532:" >> "$root/etc/group"
install -d -m 0700 -o 65532 -g 65532 "$root/data"

tar --numeric-owner --sort=name --mtime=@0 -C "$root" -cf "$work/layer.tar" .
diff_id="sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                  "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]}}
JSON
echo '[{"Config":"config.json","RepoTags":["homeward-base:bookworm-jre17"],"Layers":["layer.tar"]}]' > "$work/manifest.json"
mkdir -p "$(dirname "$out")"
tar -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "$out"
