namespace WarmeWijk.Domain.Matching;

/// <summary>
/// Exact maximum-points assignment as a min-cost flow: source → request (capacity 1) → volunteer (capacity 1, cost −points)
/// → sink (the volunteer's capacity). Successive shortest paths (Dijkstra on reduced costs with potentials) augment one
/// request at a time and stop when the cheapest augmenting path no longer lowers the cost: the cost of the best flow of
/// size k is convex in k, so that flow is the maximum-points assignment of any size.
/// </summary>
public sealed class SuccessiveShortestPathSolver : IAssignmentSolver
{
    public string Name => "successive shortest paths";

    public IReadOnlyList<int> Solve(AssignmentProblem problem)
    {
        var network = new FlowNetwork(problem);
        while (network.AugmentAlongCheapestPath())
        {
        }

        return network.ChosenArcs();
    }

    /// <summary>A residual network; edge e and e ^ 1 are each other's reverse.</summary>
    private sealed class FlowNetwork
    {
        private readonly AssignmentProblem problem;
        private readonly int source;
        private readonly int sink;
        private readonly int[] firstEdge;
        private readonly int[] adjacency;
        private readonly int[] edgeTarget;
        private readonly int[] edgeCapacity;
        private readonly long[] edgeCost;
        private readonly int[] arcEdge;
        private readonly long[] potential;
        private readonly long[] distance;
        private readonly int[] reachedThrough;
        private readonly bool[] settled;
        private readonly PriorityQueue<int, long> queue = new();

        public FlowNetwork(AssignmentProblem problem)
        {
            this.problem = problem;
            var requests = problem.RequestCount;
            var volunteers = problem.Capacities.Count;
            source = requests + volunteers;
            sink = source + 1;
            var nodeCount = sink + 1;

            var edges = new List<(int From, int To, int Capacity, long Cost)>(2 * (requests + problem.Arcs.Count + volunteers));
            void AddEdge(int from, int to, int capacity, long cost)
            {
                edges.Add((from, to, capacity, cost));
                edges.Add((to, from, 0, -cost));
            }

            for (var request = 0; request < requests; request++)
            {
                AddEdge(source, request, 1, 0);
            }

            arcEdge = new int[problem.Arcs.Count];
            for (var i = 0; i < problem.Arcs.Count; i++)
            {
                arcEdge[i] = edges.Count;
                AddEdge(problem.Arcs[i].Request, requests + problem.Arcs[i].Volunteer, 1, -problem.Arcs[i].Points);
            }

            for (var volunteer = 0; volunteer < volunteers; volunteer++)
            {
                AddEdge(requests + volunteer, sink, problem.Capacities[volunteer], 0);
            }

            // Edges in compressed rows per node, keeping the edge numbers so that e ^ 1 stays the reverse.
            firstEdge = new int[nodeCount + 1];
            foreach (var edge in edges)
            {
                firstEdge[edge.From + 1]++;
            }

            for (var node = 0; node < nodeCount; node++)
            {
                firstEdge[node + 1] += firstEdge[node];
            }

            adjacency = new int[edges.Count];
            var fill = firstEdge[..^1];
            for (var e = 0; e < edges.Count; e++)
            {
                adjacency[fill[edges[e].From]++] = e;
            }

            edgeTarget = [.. edges.Select(edge => edge.To)];
            edgeCapacity = [.. edges.Select(edge => edge.Capacity)];
            edgeCost = [.. edges.Select(edge => edge.Cost)];

            // Shortest distances from the source in the initial (acyclic) network make every reduced cost non-negative.
            potential = new long[nodeCount];
            foreach (var arc in problem.Arcs)
            {
                potential[requests + arc.Volunteer] = Math.Min(potential[requests + arc.Volunteer], -arc.Points);
            }

            potential[sink] = potential[requests..sink].DefaultIfEmpty(0).Min();
            distance = new long[nodeCount];
            reachedThrough = new int[nodeCount];
            settled = new bool[nodeCount];
        }

        public bool AugmentAlongCheapestPath()
        {
            Array.Fill(distance, long.MaxValue);
            Array.Clear(settled);
            queue.Clear();
            distance[source] = 0;
            queue.Enqueue(source, 0);
            while (queue.TryDequeue(out var node, out var nodeDistance))
            {
                if (settled[node] || nodeDistance > distance[node])
                {
                    continue;
                }

                settled[node] = true;
                if (node == sink)
                {
                    break;
                }

                for (var i = firstEdge[node]; i < firstEdge[node + 1]; i++)
                {
                    var edge = adjacency[i];
                    var target = edgeTarget[edge];
                    if (edgeCapacity[edge] == 0 || settled[target])
                    {
                        continue;
                    }

                    var reached = nodeDistance + edgeCost[edge] + potential[node] - potential[target];
                    if (reached < distance[target])
                    {
                        distance[target] = reached;
                        reachedThrough[target] = edge;
                        queue.Enqueue(target, reached);
                    }
                }
            }

            if (!settled[sink] || distance[sink] + potential[sink] - potential[source] >= 0)
            {
                return false;
            }

            // Nodes not settled lie at least as far as the sink; capping their distance there keeps reduced costs non-negative.
            for (var node = 0; node < potential.Length; node++)
            {
                potential[node] += settled[node] ? distance[node] : distance[sink];
            }

            for (var node = sink; node != source; node = edgeTarget[reachedThrough[node] ^ 1])
            {
                edgeCapacity[reachedThrough[node]]--;
                edgeCapacity[reachedThrough[node] ^ 1]++;
            }

            return true;
        }

        public IReadOnlyList<int> ChosenArcs() =>
            [.. Enumerable.Range(0, problem.Arcs.Count).Where(arc => edgeCapacity[arcEdge[arc]] == 0)];
    }
}
