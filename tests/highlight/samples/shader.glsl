#version 330 core
layout (location = 0) in vec3 aPos;
layout (location = 1) in vec2 aTexCoord;

uniform mat4 model;
uniform mat4 view;
uniform mat4 projection;
uniform sampler2D texture1;

out vec2 TexCoord;
varying highp float depth;

// Transforms the vertex and passes the texture coordinate on.
void main()
{
    gl_Position = projection * view * model * vec4(aPos, 1.0f);
    TexCoord = vec2(aTexCoord.x, 1.0 - aTexCoord.y);
    if (gl_Position.z > 0.5) {
        discard;
    }
    depth = clamp(gl_FragCoord.z / 2.0, 0.0, 1.0);
}

/* fragment part */
float luma(in vec3 c) { return dot(c, vec3(0.299, 0.587, 0.114)); }
