const std = @import("std");
const Allocator = std.mem.Allocator;

/// A page of the site.
pub const Page = struct {
    path: []const u8,
    size: usize = 0,
    weight: f64 = 1.5e3,

    pub fn init(path: []const u8) Page {
        return .{ .path = path };
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const list = [_]u32{ 0x1F, 0b1010, 1_000 };
    for (list) |n, i| {
        if (n > 10 and i != 0) std.debug.print("{d}: {s}\n", .{ n, "big\t\u{1F600}" });
    }
    const c: u8 = 'a';
    const esc = '\n';
    const raw = @as(i32, @intCast(c)) + esc;
    _ = raw;
    errdefer unreachable;
}
