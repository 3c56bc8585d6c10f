using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Support;

/// <summary>Plain SQL on the fixture's database, to check what the API stored without going through it.</summary>
public static class SqlQueries
{
    /// <summary>The first row the query returns, as the provider's values (DBNull for NULL).</summary>
    public static async Task<object[]> FirstRowAsync(this ApiFactory api, string sql) => (await api.RowsAsync(sql))[0];

    /// <summary>Every row the query returns, as the provider's values (DBNull for NULL).</summary>
    public static async Task<List<object[]>> RowsAsync(this ApiFactory api, string sql)
    {
        using var scope = api.Services.CreateScope();
        var connection = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
        }

        return rows;
    }
}
