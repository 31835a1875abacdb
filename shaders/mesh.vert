#version 330 core
// Anatomy surfaces: world-space position, normal and fibre direction for the fragment stage.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec4 aFibre; // xyz: muscle fibre direction, zero when the mesh has none
layout(location = 3) in vec4 aPain;    // skin paint (anatomy/scene_overlay.h SkinPaint::pain)
layout(location = 4) in vec4 aCaution; // SkinPaint::caution

uniform mat4 uViewProjection;

out vec3 vPosition;
out vec3 vNormal;
out vec3 vFibre;
out vec4 vPain;
out vec4 vCaution;

void main() {
    vPosition = aPosition;
    vNormal = aNormal;
    vFibre = aFibre.xyz;
    vPain = aPain;
    vCaution = aCaution;
    gl_Position = uViewProjection * vec4(aPosition, 1.0);
}
