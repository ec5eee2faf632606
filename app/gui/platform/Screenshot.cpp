#include "platform/Screenshot.h"

#include <GL/gl.h>
#include <cstdint>
#include <cstring>
#include <stb_image_write.h> // implementation comes from Debian's libstb, so no STB_IMAGE_WRITE_IMPLEMENTATION here
#include <vector>

namespace frontline::gui {

Status saveBackBufferPng(const std::filesystem::path& file, int width, int height) {
    if (width <= 0 || height <= 0) return makeError("nothing to capture: the framebuffer is empty", {file.string()});
    const size_t stride = static_cast<size_t>(width) * 4;
    std::vector<uint8_t> pixels(stride * static_cast<size_t>(height));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    if (glGetError() != GL_NO_ERROR) return makeError("cannot read the framebuffer", {file.string()});

    // OpenGL's rows start at the bottom; PNG's at the top. Alpha is forced
    // opaque because the window's alpha channel holds no meaning.
    std::vector<uint8_t> flipped(pixels.size());
    for (int y = 0; y < height; ++y) {
        std::memcpy(&flipped[static_cast<size_t>(y) * stride], &pixels[static_cast<size_t>(height - 1 - y) * stride], stride);
    }
    for (size_t i = 3; i < flipped.size(); i += 4) flipped[i] = 255;

    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
    if (!stbi_write_png(file.string().c_str(), width, height, 4, flipped.data(), static_cast<int>(stride))) {
        return makeError("cannot write the PNG file", {file.string()});
    }
    return Done{};
}

} // namespace frontline::gui
