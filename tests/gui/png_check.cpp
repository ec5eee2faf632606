// png_check FILE.png --size WxH [--differs OTHER.png]
// Checks a screenshot: it loads, has the requested size, is not one flat
// colour, and (with --differs) is not identical to another screenshot.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <stb_image.h>
#include <string>

namespace {

struct Image {
    int w = 0, h = 0;
    unsigned char* px = nullptr;
    ~Image() { stbi_image_free(px); }
};

bool load(const char* path, Image& img) {
    int channels = 0;
    img.px = stbi_load(path, &img.w, &img.h, &channels, 4);
    if (!img.px) std::fprintf(stderr, "png_check: cannot read %s: %s\n", path, stbi_failure_reason());
    return img.px != nullptr;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: png_check FILE.png [--size WxH] [--differs OTHER.png]\n");
        return 2;
    }
    int wantW = 0, wantH = 0;
    const char* other = nullptr;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--size") == 0 && std::sscanf(argv[i + 1], "%dx%d", &wantW, &wantH) == 2) continue;
        if (std::strcmp(argv[i], "--differs") == 0) {
            other = argv[i + 1];
            continue;
        }
        std::fprintf(stderr, "png_check: bad argument %s\n", argv[i]);
        return 2;
    }
    Image img;
    if (!load(argv[1], img)) return 1;
    if (wantW && (img.w != wantW || img.h != wantH)) {
        std::fprintf(stderr, "png_check: %s is %dx%d, expected %dx%d\n", argv[1], img.w, img.h, wantW, wantH);
        return 1;
    }
    // Count distinct colours on a sparse grid: a blank or failed render has one or two.
    std::set<unsigned> colours;
    for (int y = 0; y < img.h; y += 3) {
        for (int x = 0; x < img.w; x += 3) {
            const unsigned char* p = img.px + (static_cast<size_t>(y) * img.w + x) * 4;
            colours.insert(unsigned(p[0]) << 16 | unsigned(p[1]) << 8 | p[2]);
        }
    }
    if (colours.size() < 16) {
        std::fprintf(stderr, "png_check: %s has only %zu colours; the render looks empty\n", argv[1], colours.size());
        return 1;
    }
    if (other) {
        Image b;
        if (!load(other, b)) return 1;
        if (b.w == img.w && b.h == img.h && std::memcmp(b.px, img.px, static_cast<size_t>(img.w) * img.h * 4) == 0) {
            std::fprintf(stderr, "png_check: %s is identical to %s\n", argv[1], other);
            return 1;
        }
    }
    std::printf("png_check: %s ok (%dx%d, %zu colours)\n", argv[1], img.w, img.h, colours.size());
    return 0;
}
