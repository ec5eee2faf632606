#include "common/TextFile.h"

#include <cerrno>
#include <cstring>
#include <fstream>

namespace frontline {

Result<std::string> readTextFile(const std::filesystem::path& path, size_t maxBytes) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return makeError("is a directory, expected a file", {path.string()});
    auto size = std::filesystem::file_size(path, ec);
    if (ec) return makeError("cannot read file: " + ec.message(), {path.string()});
    if (size > maxBytes) {
        return makeError("file is too large (" + std::to_string(size) + " bytes, limit " + std::to_string(maxBytes) + ")", {path.string()});
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return makeError(std::string("cannot open file: ") + std::strerror(errno), {path.string()});
    std::string data(static_cast<size_t>(size), '\0');
    in.read(data.data(), static_cast<std::streamsize>(size));
    if (static_cast<size_t>(in.gcount()) != size) return makeError("cannot read file: short read", {path.string()});
    return data;
}

} // namespace frontline
