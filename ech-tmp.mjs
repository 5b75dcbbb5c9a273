import * as echarts from 'echarts';
const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300 });
c.setOption({ animation:false, xAxis:{type:'category', data:['innovatie','vakinhoud']}, yAxis:{type:'value'}, series:[{type:'bar', data:[3,5], label:{show:true}}]});
const s = c.renderToSVGString();
console.log(s.length, s.slice(0,1500));
console.log((s.match(/style="/g)||[]).length);
