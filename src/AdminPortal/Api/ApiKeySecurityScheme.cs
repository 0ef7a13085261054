using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using TrainingDomain.AdminPortal.Security;

namespace TrainingDomain.AdminPortal.Api;

/// <summary>Declares in the OpenAPI document that the API accepts a key in <c>X-Api-Key</c> (besides the portal's cookie).</summary>
public sealed class ApiKeySecurityScheme : IOpenApiDocumentTransformer
{
    /// <summary>The scheme's name in the document.</summary>
    public const string Name = "ApiKey";

    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Name] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyStore.Header,
            Description = "A key a province admin issues on the portal's API keys page (Khóa API); it reads as the whole province (read-only) or one centre.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Name, document)] = [] });
        return Task.CompletedTask;
    }
}
