#include "packs/PackArchive.h"

#include <memory>
#include <set>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include "common/TextFile.h"
#include "packs/PackEntryName.h"
#include "packs/PackLimits.h"
#include "packs/PackStaging.h"

namespace frontline {

namespace fs = std::filesystem;

namespace {

struct ZipDiscard {
    void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipReader = std::unique_ptr<zip_t, ZipDiscard>;

struct ZipFileClose {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

std::string libzipMessage(int code) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string text = zip_error_strerror(&error);
    zip_error_fini(&error);
    return text;
}

// One entry as stored, before the layout (root or one top folder) is known.
struct RawEntry {
    zip_uint64_t index = 0;
    std::string name;
    uint64_t size = 0;
    bool folder = false;
};

struct CheckedArchive {
    ZipReader zip;
    std::vector<RawEntry> files; // names with the top-level folder removed
};

Result<RawEntry> checkEntry(zip_t* zip, zip_uint64_t index, const std::string& label) {
    auto refuse = [&](const std::string& name, const std::string& reason) { return makeError(entryProblem(name, reason), {label}); };
    const char* raw = zip_get_name(zip, index, ZIP_FL_ENC_RAW);
    if (!raw) return makeError("entry " + std::to_string(index + 1) + " has no readable name", {label});
    RawEntry e{index, raw, 0, false};
    if (auto reason = unsafeEntryReason(e.name); !reason.empty()) return refuse(e.name, reason);
    e.folder = e.name.back() == '/';

    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip, index, ZIP_FL_ENC_RAW, &st) != 0) return refuse(e.name, "cannot be read");
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) return refuse(e.name, "is encrypted");
    zip_uint8_t opsys = 0;
    zip_uint32_t attributes = 0;
    if (zip_file_get_external_attributes(zip, index, 0, &opsys, &attributes) != 0) return refuse(e.name, "cannot be read");
    if (opsys == ZIP_OPSYS_UNIX) {
        const mode_t type = static_cast<mode_t>(attributes >> 16) & S_IFMT;
        if (type == S_IFLNK) return refuse(e.name, "is a symbolic link");
        const bool regular = type == 0 || (e.folder ? type == S_IFDIR : type == S_IFREG);
        if (!regular) return refuse(e.name, "is not a regular file");
    }
    if (!e.folder) {
        if (!(st.valid & ZIP_STAT_SIZE)) return refuse(e.name, "has no recorded size");
        e.size = st.size;
        if (e.size > kMaxPackFileBytes)
            return refuse(e.name, "is " + byteSizeText(e.size) + "; a pack file may be at most " + byteSizeText(kMaxPackFileBytes));
    }
    return e;
}

// Every entry checked; the files' names made relative to the pack folder.
Result<CheckedArchive> checkArchive(const fs::path& path) {
    const std::string label = path.string();
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return makeError("no such archive", {label});
    int code = 0;
    ZipReader zip(zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
    // The consistency check refuses a name stored twice without saying which:
    // open it plainly, and the check of every entry below names it.
    if (!zip && code == ZIP_ER_EXISTS) zip.reset(zip_open(path.c_str(), ZIP_RDONLY, &code));
    if (!zip) return makeError("not a readable zip archive (" + libzipMessage(code) + ")", {label});
    const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    if (count < 0) return makeError("not a readable zip archive", {label});
    if (static_cast<uint64_t>(count) > kMaxPackEntries)
        return makeError("has " + std::to_string(count) + " entries; a pack archive may have at most " + std::to_string(kMaxPackEntries),
                         {label});

    std::vector<RawEntry> entries;
    std::set<std::string> seen;
    uint64_t total = 0;
    for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
        auto e = checkEntry(zip.get(), i, label);
        if (!e) return e.error();
        const std::string key = e->folder ? e->name.substr(0, e->name.size() - 1) : e->name;
        if (!seen.insert(key).second) return makeError(entryProblem(e->name, "appears twice"), {label});
        total += e->size;
        if (total > kMaxPackTotalBytes)
            return makeError("unpacks to more than " + byteSizeText(kMaxPackTotalBytes) + ", the most a pack may hold", {label});
        entries.push_back(std::move(*e));
    }

    // Layout: files at the root, or all inside one top-level folder.
    std::string top;
    bool rooted = false;
    for (const auto& e : entries) {
        if (!e.folder && e.name.find('/') == std::string::npos) rooted = true;
    }
    if (!rooted) {
        for (const auto& e : entries) {
            if (!e.folder) {
                top = e.name.substr(0, e.name.find('/') + 1);
                break;
            }
        }
    }
    CheckedArchive out{std::move(zip), {}};
    for (auto& e : entries) {
        if (!top.empty() && e.name.compare(0, top.size(), top) != 0)
            return makeError(entryProblem(e.name, "is outside the archive's one folder '" + top + "'"), {label});
        if (e.folder) {
            if (e.name != top) return makeError(entryProblem(e.name, "is a subfolder; a pack is one flat folder of files"), {label});
            continue;
        }
        std::string inPack = e.name.substr(top.size());
        if (inPack.find('/') != std::string::npos)
            return makeError(entryProblem(e.name, "is in a subfolder; a pack is one flat folder of files"), {label});
        e.name = std::move(inPack);
        out.files.push_back(std::move(e));
    }
    if (out.files.empty()) return makeError("holds no files", {label});
    bool manifest = false;
    for (const auto& f : out.files) manifest = manifest || f.name == "pack.json";
    if (!manifest) return makeError("has no pack.json at its root or in its one top-level folder", {label});
    return out;
}

Result<std::string> readEntry(zip_t* zip, const RawEntry& e, const std::string& label) {
    std::unique_ptr<zip_file_t, ZipFileClose> file(zip_fopen_index(zip, e.index, 0));
    if (!file) return makeError(entryProblem(e.name, "cannot be opened (" + std::string(zip_strerror(zip)) + ")"), {label});
    std::string bytes;
    bytes.resize(static_cast<size_t>(e.size) + 1); // one more than recorded, to catch a lying header
    size_t got = 0;
    for (;;) {
        const zip_int64_t n = zip_fread(file.get(), bytes.data() + got, bytes.size() - got);
        if (n < 0) return makeError(entryProblem(e.name, "is damaged (" + std::string(zip_file_strerror(file.get())) + ")"), {label});
        if (n == 0) break;
        got += static_cast<size_t>(n);
        if (got > e.size) return makeError(entryProblem(e.name, "is larger than its recorded size"), {label});
    }
    if (got != e.size) return makeError(entryProblem(e.name, "is shorter than its recorded size"), {label});
    bytes.resize(got);
    return bytes;
}

} // namespace

Result<PackFiles> readPackArchive(const fs::path& zip) {
    auto checked = checkArchive(zip);
    if (!checked) return checked.error();
    PackFiles files;
    for (const auto& f : checked->files) {
        auto bytes = readEntry(checked->zip.get(), f, zip.string());
        if (!bytes) return bytes.error();
        files.push_back({f.name, std::move(*bytes)});
    }
    return files;
}

Status writePackArchive(const fs::path& out, const std::string& folder, const std::vector<ArchiveFile>& files, bool overwrite) {
    const std::string label = out.string();
    std::error_code ec;
    if (!overwrite && fs::exists(fs::symlink_status(out, ec))) return makeError("already exists", {label});
    if (fs::is_directory(out, ec)) return makeError("is a folder", {label});
    // Read everything first: libzip reads the sources only when the archive is closed.
    std::vector<std::string> contents;
    for (const auto& f : files) {
        auto bytes = readTextFile(f.source, kMaxPackFileBytes);
        if (!bytes) return makeError("cannot read '" + f.name + "': " + bytes.error().message, {f.source.string()});
        contents.push_back(std::move(*bytes));
    }
    const fs::path temp = out.parent_path() / ("." + out.filename().string() + ".tmp-" + std::to_string(::getpid()));
    fs::remove(temp, ec);
    int code = 0;
    zip_t* zip = zip_open(temp.c_str(), ZIP_CREATE | ZIP_EXCL, &code);
    if (!zip) return makeError("cannot create the archive (" + libzipMessage(code) + ")", {label});
    auto abandon = [&](const std::string& why) {
        zip_discard(zip);
        std::error_code ignored;
        fs::remove(temp, ignored);
        return makeError(why, {label});
    };
    const std::string prefix = folder + "/";
    if (zip_dir_add(zip, prefix.c_str(), ZIP_FL_ENC_UTF_8) < 0) return abandon(std::string("cannot add the folder: ") + zip_strerror(zip));
    for (size_t i = 0; i < files.size(); ++i) {
        zip_source_t* source = zip_source_buffer(zip, contents[i].data(), contents[i].size(), 0);
        if (!source) return abandon(std::string("cannot add '") + files[i].name + "': " + zip_strerror(zip));
        const zip_int64_t index = zip_file_add(zip, (prefix + files[i].name).c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return abandon(std::string("cannot add '") + files[i].name + "': " + zip_strerror(zip));
        }
        zip_file_set_external_attributes(zip, static_cast<zip_uint64_t>(index), 0, ZIP_OPSYS_UNIX, (S_IFREG | 0644u) << 16);
    }
    if (zip_close(zip) != 0) return abandon(std::string("cannot write the archive: ") + zip_strerror(zip));
    fs::rename(temp, out, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        return makeError("cannot move the archive into place: " + ec.message(), {label});
    }
    return Done{};
}

} // namespace frontline
