# Sourced by the scripts that need the npm devDependencies (jsdom, jQuery, AUI, playwright-core):
# installs exactly package-lock.json with npm ci when node_modules is missing or was installed
# from a different lock file.
npm_deps() {
    if ! command -v node >/dev/null 2>&1; then
        echo "Node.js 20.19 or newer is needed (see package.json engines)" >&2
        exit 1
    fi
    local lock_hash stamp
    lock_hash=$(node -e 'process.stdout.write(require("crypto").createHash("sha256").update(require("fs").readFileSync("package-lock.json")).digest("hex"))')
    stamp=node_modules/.installed-from-lock
    if [ ! -d node_modules ] || [ "$(cat "$stamp" 2>/dev/null || true)" != "$lock_hash" ]; then
        npm ci --no-audit --no-fund
        printf '%s' "$lock_hash" > "$stamp"
    fi
}
