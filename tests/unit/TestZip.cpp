#include "TestZip.h"

#include <catch2/catch.hpp>
#include <zip.h>

namespace frontline::test {

void writeZip(const std::filesystem::path& path, const std::vector<ZipEntry>& entries, bool encrypt) {
    int code = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    REQUIRE(zip);
    for (const auto& e : entries) {
        zip_int64_t index = -1;
        if (e.folder) {
            index = zip_dir_add(zip, e.name.c_str(), ZIP_FL_ENC_RAW);
        } else {
            zip_source_t* source = zip_source_buffer(zip, e.content.data(), e.content.size(), 0);
            REQUIRE(source);
            index = zip_file_add(zip, e.name.c_str(), source, ZIP_FL_ENC_RAW);
        }
        INFO(e.name << ": " << zip_strerror(zip));
        REQUIRE(index >= 0);
        REQUIRE(zip_file_set_external_attributes(zip, static_cast<zip_uint64_t>(index), 0, ZIP_OPSYS_UNIX, e.unixMode << 16) == 0);
        if (encrypt && !e.folder) REQUIRE(zip_file_set_encryption(zip, static_cast<zip_uint64_t>(index), ZIP_EM_AES_256, "secret") == 0);
    }
    INFO(zip_strerror(zip));
    REQUIRE(zip_close(zip) == 0);
}

} // namespace frontline::test
