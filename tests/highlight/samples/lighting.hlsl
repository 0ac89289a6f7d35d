cbuffer PerFrame : register(b0)
{
    float4x4 ViewProjection;
    float3 LightDirection;
};

Texture2D DiffuseMap : register(t0);
SamplerState LinearSampler : register(s0);

struct VSInput
{
    float3 Position : POSITION;
    float3 Normal : NORMAL;
    float2 UV : TEXCOORD0;
};

struct PSInput
{
    float4 Position : SV_POSITION;
    float3 Normal : NORMAL;
    float2 UV : TEXCOORD0;
};

PSInput VSMain(VSInput input)
{
    PSInput output;
    output.Position = mul(float4(input.Position, 1.0), ViewProjection);
    output.Normal = normalize(input.Normal);
    output.UV = input.UV;
    return output;
}

float4 PSMain(PSInput input) : SV_TARGET
{
    float ndotl = saturate(dot(input.Normal, -LightDirection));
    [unroll]
    for (int i = 0; i < 4; i++) { ndotl *= 0.9f; }
    return DiffuseMap.Sample(LinearSampler, input.UV) * ndotl;
}

[numthreads(8, 8, 1)]
void CSMain(uint3 id : SV_DispatchThreadID)
{
    GroupMemoryBarrierWithGroupSync();
}
