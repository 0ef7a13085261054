using System.Collections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace TrainingDomain.DataGenerator.Writing;

/// <summary>
/// How the rows of one table are read off an aggregate, taken entirely from the EF model: the table (from
/// <see cref="RelationalEntityTypeExtensions.GetTableName(IReadOnlyEntityType)"/>), each column's name
/// (<c>GetColumnName(StoreObjectIdentifier)</c>) and type mapping with its value converter, the owned references and
/// complex properties stored in the same table (table splitting), and the child tables reached through collection
/// navigations (owned collections and dependent entities), so that a bulk writer needs no hand-typed name.
/// </summary>
/// <remarks>
/// A shadow property has no CLR member, so its value comes from where the library's own save would take it: a foreign
/// key to the parent row from the parent's key; a column the parent row also has (the centre id, the province id, the
/// certificate register's centre code) from the parent row; otherwise from the ambient values the caller gives for the
/// aggregate root (its centre and province); a client-generated <see cref="Guid"/> key gets a new one; anything else
/// (the concurrency version of a new row) its CLR default. A store-generated integer key is left to the database.
/// </remarks>
internal sealed class BulkTablePlan
{
    private BulkTablePlan(IEntityType entityType, StoreObjectIdentifier table, BulkTablePlan? parent)
    {
        EntityType = entityType;
        Table = table;
        Parent = parent;
    }

    public IEntityType EntityType { get; }

    public StoreObjectIdentifier Table { get; }

    public BulkTablePlan? Parent { get; }

    public List<BulkColumn> Columns { get; } = [];

    public List<(Func<object, IEnumerable?> Items, BulkTablePlan Plan)> Children { get; } = [];

    /// <summary>This plan and its children, parents before children (the order that satisfies the foreign keys).</summary>
    public IEnumerable<BulkTablePlan> SelfAndDescendants() =>
        Children.SelectMany(c => c.Plan.SelfAndDescendants()).Prepend(this);

    /// <summary>
    /// Plans the rows of an aggregate root type and everything it owns or holds as dependents. Planned on its own, an
    /// owned type (e.g. the attendance marks) takes its owner's key from the ambient values, by the key's name.
    /// </summary>
    public static BulkTablePlan For<TRoot>(IModel model)
        where TRoot : class =>
        Build(model.FindEntityType(typeof(TRoot)) ?? throw new InvalidOperationException($"{typeof(TRoot).Name} is not in the EF model."), null);

    private static BulkTablePlan Build(IEntityType entityType, BulkTablePlan? parent)
    {
        var table = StoreObjectIdentifier.Create(entityType, StoreObjectType.Table)
            ?? throw new InvalidOperationException($"{entityType.DisplayName()} is not mapped to a table.");
        var plan = new BulkTablePlan(entityType, table, parent);
        plan.AddColumns(entityType, e => e, new HashSet<string>(StringComparer.Ordinal));
        foreach (var navigation in entityType.GetNavigations().Where(n => n.IsCollection && !n.IsOnDependent))
        {
            var getter = navigation.GetGetter();
            plan.Children.Add((e => (IEnumerable?)getter.GetClrValue(e), Build(navigation.TargetEntityType, plan)));
        }

        return plan;
    }

    private void AddColumns(IEntityType type, Func<object, object?> reach, HashSet<string> seen)
    {
        foreach (var property in type.GetProperties())
        {
            var column = property.GetColumnName(Table);
            if (column is null || !seen.Add(column))
            {
                continue;
            }

            if (property.ValueGenerated.HasFlag(ValueGenerated.OnAdd) && property.IsPrimaryKey() && property.ClrType == typeof(int) && property.IsShadowProperty())
            {
                // An identity column (the audit trail's and the certificates' row numbers): the database numbers it.
                continue;
            }

            Columns.Add(new BulkColumn(column, property, (RelationalTypeMapping)property.GetTypeMapping(), SourceOf(property, reach)));
        }

        foreach (var complex in type.GetComplexProperties())
        {
            foreach (var property in complex.ComplexType.GetProperties())
            {
                var column = property.GetColumnName(Table);
                if (column is null || !seen.Add(column))
                {
                    continue;
                }

                var getter = property.GetGetter();
                Columns.Add(new BulkColumn(column, property, (RelationalTypeMapping)property.GetTypeMapping(), new ValueSource.Member(row =>
                    reach(row) is { } owner ? getter.GetClrValueUsingContainingEntity(owner) : null)));
            }
        }

        foreach (var owned in type.GetNavigations().Where(n => !n.IsCollection && n.TargetEntityType.IsOwned() && n.ForeignKey.PrincipalEntityType == type))
        {
            if (StoreObjectIdentifier.Create(owned.TargetEntityType, StoreObjectType.Table) != Table)
            {
                throw new InvalidOperationException($"{owned.TargetEntityType.DisplayName()} is owned in a table of its own; the bulk writer stores owned references only by table splitting.");
            }

            var getter = owned.GetGetter();
            AddColumns(owned.TargetEntityType, row => reach(row) is { } owner ? getter.GetClrValue(owner) : null, seen);
        }
    }

    private ValueSource SourceOf(IProperty property, Func<object, object?> reach)
    {
        if (!property.IsShadowProperty())
        {
            var getter = property.GetGetter();
            return new ValueSource.Member(row => reach(row) is { } owner ? getter.GetClrValue(owner) : null);
        }

        if (Parent is not null)
        {
            var foreignKey = property.GetContainingForeignKeys().FirstOrDefault(k => k.PrincipalEntityType.IsAssignableFrom(Parent.EntityType));
            if (foreignKey is not null)
            {
                var principal = foreignKey.PrincipalKey.Properties[foreignKey.Properties.ToList().IndexOf(property)];
                return new ValueSource.FromParent(Parent.IndexOf(principal));
            }

            var same = Parent.Columns.FindIndex(c => c.Property.Name == property.Name);
            if (same >= 0)
            {
                return new ValueSource.FromParent(same);
            }
        }

        if (Derived(property) is { } derived)
        {
            return new ValueSource.Member(row => reach(row) is { } owner ? derived(owner) : null);
        }

        if (property.IsPrimaryKey() && property.ClrType == typeof(Guid))
        {
            return new ValueSource.NewGuid();
        }

        return new ValueSource.Ambient(property.Name, property.ClrType.IsValueType && Nullable.GetUnderlyingType(property.ClrType) is null ? Activator.CreateInstance(property.ClrType) : null);
    }

    // Shadow columns the library's save computes from the entity itself (TrainingDbContext.StampLearnerSearch): the
    // same computation, through the library's own method where it has one.
    private static Func<object, object?>? Derived(IProperty property) =>
        property.DeclaringType.ClrType == typeof(TrainingDomain.Classes.Enrollment)
            ? property.Name switch
            {
                TrainingDomain.Persistence.Configurations.TrainingClassConfiguration.SearchTextName => e => TrainingDomain.Persistence.TrainingDbContext.LearnerSearchText((TrainingDomain.Classes.Enrollment)e),
                TrainingDomain.Persistence.Configurations.TrainingClassConfiguration.CitizenIdName => e => ((TrainingDomain.Classes.Enrollment)e).Learner.CitizenId?.Value,
                _ => null,
            }
            : null;

    private int IndexOf(IProperty property)
    {
        var index = Columns.FindIndex(c => c.Property == property);
        return index >= 0 ? index : throw new InvalidOperationException($"{EntityType.DisplayName()}.{property.Name} is not a column of {Table.Name}.");
    }

    /// <summary>
    /// The model values of one row (before conversion): what <see cref="BulkColumn.ToProvider"/> turns into what the
    /// provider stores.
    /// </summary>
    public object?[] ValuesOf(object entity, object?[]? parentValues, IReadOnlyDictionary<string, object?> ambient)
    {
        var values = new object?[Columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Columns[i].Source switch
            {
                ValueSource.Member m => m.Get(entity),
                ValueSource.FromParent p => parentValues![p.Index],
                ValueSource.NewGuid => Guid.CreateVersion7(),
                ValueSource.Ambient a => ambient.TryGetValue(a.Name, out var value) ? value : a.Default,
                _ => throw new InvalidOperationException("Unknown value source."),
            };
        }

        return values;
    }
}

/// <summary>One column: its name and property in the EF model, its type mapping, and where its value comes from.</summary>
internal sealed record BulkColumn(string Name, IProperty Property, RelationalTypeMapping Mapping, ValueSource Source)
{
    /// <summary>The model value as the provider stores it (value converter applied: dates on SQLite, enums as strings, JSON).</summary>
    public object? ToProvider(object? value) =>
        value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
}

/// <summary>Where a column's value comes from.</summary>
internal abstract record ValueSource
{
    public sealed record Member(Func<object, object?> Get) : ValueSource;

    public sealed record FromParent(int Index) : ValueSource;

    public sealed record NewGuid : ValueSource;

    public sealed record Ambient(string Name, object? Default) : ValueSource;
}
