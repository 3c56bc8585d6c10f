using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using WarmeWijk.Application.Common.Messaging;

namespace WarmeWijk.Api.Tests.Authorization;

/// <summary>
/// Which mediator requests an endpoint's handler sends, read from its compiled code: the request types it takes as
/// parameters (bound bodies), constructs (<c>new XCommand(...)</c>) or gets back from a method it calls, following
/// async state machines, lambdas and helper methods of the API assembly. The role checks live on those request types.
/// </summary>
public static class RequestsSent
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    public static IReadOnlySet<Type> By(MethodInfo handler)
    {
        var found = new HashSet<Type>();
        foreach (var parameter in handler.GetParameters())
        {
            AddIfRequest(parameter.ParameterType, found);
        }

        Scan(handler, found, new HashSet<MethodBase>(), handler.DeclaringType!.Assembly);
        return found;
    }

    public static bool IsRequest(Type type) =>
        !type.IsInterface && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>));

    private static void AddIfRequest(Type type, HashSet<Type> found)
    {
        if (IsRequest(type))
        {
            found.Add(type);
        }
    }

    private static void Scan(MethodBase method, HashSet<Type> found, HashSet<MethodBase> visited, Assembly endpoints)
    {
        if (!visited.Add(method))
        {
            return;
        }

        if (method.GetCustomAttribute<AsyncStateMachineAttribute>() is { } asyncMachine)
        {
            Scan(asyncMachine.StateMachineType.GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)!,
                found, visited, endpoints);
        }

        var body = method.GetMethodBody()?.GetILAsByteArray();
        if (body is null)
        {
            return;
        }

        foreach (var token in MethodTokens(body))
        {
            MethodBase? called;
            try
            {
                called = method.Module.ResolveMethod(token, method.DeclaringType?.GetGenericArguments(),
                    method.IsGenericMethod ? method.GetGenericArguments() : null);
            }
            catch (ArgumentException)
            {
                continue;
            }

            switch (called)
            {
                case ConstructorInfo constructor:
                    AddIfRequest(constructor.DeclaringType!, found);
                    break;
                case MethodInfo callee:
                    AddIfRequest(callee.ReturnType, found);
                    break;
            }

            // Lambdas, local functions and helpers of the endpoint classes are part of the handler.
            if (called?.DeclaringType?.Assembly == endpoints)
            {
                Scan(called, found, visited, endpoints);
            }
        }
    }

    /// <summary>The metadata tokens of every call, constructor call and method pointer (ldftn) in the IL.</summary>
    private static IEnumerable<int> MethodTokens(byte[] il)
    {
        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }

            var code = OpCodesByValue[value];
            if (code.OperandType == OperandType.InlineMethod)
            {
                yield return BitConverter.ToInt32(il, position);
            }

            position += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
                _ => 4,
            };
        }
    }
}
